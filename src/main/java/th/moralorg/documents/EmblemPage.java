package th.moralorg.documents;

import java.io.IOException;
import java.io.UncheckedIOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.moralorg.errors.ApiProblem;
import th.moralorg.identity.ApiCaller;
import th.moralorg.identity.PageCaller;
import th.moralorg.identity.Roles;
import th.moralorg.web.PageController;
import th.moralorg.web.Redirects;

/**
 * The emblem of the offices' papers (issue 17), for administrators: what is in use, and a new one
 * uploaded in its place. Everyone else gets 403 in Thai and no byte of it.
 */
@PageController
class EmblemPage {

    static final String PATH = "/admin/emblem";

    private final Emblems emblems;
    private final IdentityService identity;

    EmblemPage(Emblems emblems, IdentityService identity) {
        this.emblems = emblems;
        this.identity = identity;
    }

    @GetMapping(PATH)
    String show(HttpServletRequest request, Model model) {
        requireAdministrator(request);
        return page(model, null);
    }

    @GetMapping(PATH + "/image")
    ResponseEntity<byte[]> image(HttpServletRequest request) {
        requireAdministrator(request);
        Emblem emblem = emblems.current().orElseThrow(() -> ApiProblem.notFound("ยังไม่ได้อัปโหลดตรา"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(emblem.contentType())).body(emblem.content());
    }

    @PostMapping(PATH)
    Object upload(@RequestParam(name = "file", required = false) MultipartFile file, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        ApiCaller caller = requireAdministrator(request);
        if (file == null || file.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            return page(model, "กรุณาเลือกไฟล์รูปตรา (PNG หรือ JPEG)");
        }
        try {
            emblems.store(file.getBytes(), caller.userId());
        } catch (ApiProblem refused) {
            response.setStatus(refused.status());
            return page(model, refused.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        redirect.addFlashAttribute("notice", "บันทึกตราแล้ว หนังสือและเกียรติบัตรที่ดาวน์โหลดจากนี้ไปจะมีตรานี้");
        return Redirects.seeOther(PATH);
    }

    private String page(Model model, String error) {
        model.addAttribute("emblem", emblems.current().orElse(null));
        model.addAttribute("error", error);
        return "documents/emblem";
    }

    private ApiCaller requireAdministrator(HttpServletRequest request) {
        ApiCaller caller = PageCaller.of(request, identity);
        if (!caller.groups().contains(Roles.ADMINISTRATORS)) {
            throw ApiProblem.forbidden("เฉพาะผู้ดูแลระบบเท่านั้นที่ใช้งานส่วนนี้ได้");
        }
        return caller;
    }
}
