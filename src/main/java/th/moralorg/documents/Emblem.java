package th.moralorg.documents;

/** The emblem at the head of official papers (ตราครุฑ): a PNG or JPEG image and its size in pixels. */
public record Emblem(byte[] content, String contentType, int widthPx, int heightPx) {

    /** Its width for a height, keeping its proportions. */
    float widthFor(float height) {
        return height * widthPx / heightPx;
    }

    boolean isPng() {
        return "image/png".equals(contentType);
    }
}
