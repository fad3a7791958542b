package th.moralorg.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import th.moralorg.errors.ApiErrors;

/**
 * A request whose body a filter has read (to inspect it), handed on to be read again. Filters
 * read through {@link #readCapped}, so no filter ever buffers more than {@link #MAX_BODY_BYTES}.
 */
public final class CachedBodyRequest extends HttpServletRequestWrapper {

    /** Plenty for a query or a form's JSON; files come as multipart, which no guard buffers. */
    public static final int MAX_BODY_BYTES = 1024 * 1024;

    private final byte[] body;

    public CachedBodyRequest(HttpServletRequest request, byte[] body) {
        super(request);
        if (body.length > MAX_BODY_BYTES) {
            throw new IllegalArgumentException("a body above " + MAX_BODY_BYTES + " bytes is not buffered");
        }
        this.body = body;
    }

    /**
     * Reads the body, at most {@link #MAX_BODY_BYTES}: the request to hand on, or null when the
     * body is larger, after answering 413 with a Thai message (the caller then stops the chain).
     * A declared length above the cap is refused without reading anything.
     */
    public static CachedBodyRequest readCapped(HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        byte[] body = request.getContentLengthLong() > MAX_BODY_BYTES ? null
                : request.getInputStream().readNBytes(MAX_BODY_BYTES + 1);
        if (body == null || body.length > MAX_BODY_BYTES) {
            ApiErrors.write(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "InvalidRequestException",
                    "ข้อมูลที่ส่งมามีขนาดใหญ่เกินกำหนด (ไม่เกิน 1 MiB)");
            return null;
        }
        return new CachedBodyRequest(request, body);
    }

    /** The body as read; the array is the request's own, not a copy. */
    public byte[] body() {
        return body;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new UnsupportedOperationException("synchronous reads only");
            }
        };
    }

    @Override
    public BufferedReader getReader() throws IOException {
        String encoding = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
        return new BufferedReader(new InputStreamReader(getInputStream(), encoding));
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }
}
