package th.moralorg.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import th.moralorg.identity.ApiCaller;
import th.moralorg.validation.FileNames;

/** The provincial subcommittee meeting (seed 5.2.2(2)-(3)) for its PCO (secretariat) and DRA. */
@RestController
class ReviewMeetingController {

    record OpenRequest(String provinceCode, Object fiscalYear) {
    }

    private final ReviewMeetingService service;
    private final ReviewMeetings meetings;
    private final ReviewMinutes minutes;
    private final MeetingOpening opening;

    ReviewMeetingController(ReviewMeetingService service, ReviewMeetings meetings, ReviewMinutes minutes,
            MeetingOpening opening) {
        this.service = service;
        this.meetings = meetings;
        this.minutes = minutes;
        this.opening = opening;
    }

    @PostMapping("/api/review-meetings")
    ResponseEntity<Map<String, Object>> open(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @RequestBody OpenRequest request) {
        long id = opening.open(caller, request.fiscalYear(), request.provinceCode());
        return ResponseEntity.status(201).body(describe(meetings.find(id).orElseThrow()));
    }

    /** The meetings of one province and fiscal year, for the office page (PCO its own province, DRA any). */
    @GetMapping("/api/review-meetings")
    List<ReviewMeetings.Listed> list(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @RequestParam(required = false) String provinceCode, @RequestParam(required = false) String fiscalYear) {
        return opening.ofProvince(caller, provinceCode, fiscalYear);
    }

    @GetMapping("/api/review-meetings/{id}")
    Map<String, Object> get(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, @PathVariable long id) {
        return describe(meeting(caller, id));
    }

    @PutMapping("/api/review-meetings/{id}/resolutions")
    Map<String, Object> resolve(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, @PathVariable long id,
            @RequestBody List<ReviewMeetingService.Resolution> resolutions) {
        meeting(caller, id);
        service.resolve(id, resolutions, caller.userId());
        return describe(meetings.find(id).orElseThrow());
    }

    @PostMapping(path = "/api/review-meetings/{id}/minutes", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Object> uploadMinutes(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller, @PathVariable long id,
            @RequestParam("file") MultipartFile file) {
        meeting(caller, id);
        try {
            String sha256 = service.uploadMinutes(id, file.getOriginalFilename(), file.getBytes(), caller.userId());
            return Map.of("fileName", FileNames.clean(file.getOriginalFilename()), "sizeBytes", file.getSize(),
                    "sha256", sha256);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/api/review-meetings/{id}/minutes")
    ResponseEntity<byte[]> downloadMinutes(@RequestAttribute(ApiCaller.ATTRIBUTE) ApiCaller caller,
            @PathVariable long id) {
        meeting(caller, id);
        return minutes.require(id).asAttachment();
    }

    private ReviewMeetings.Meeting meeting(ApiCaller caller, long id) {
        return meetings.of(caller, id);
    }

    private Map<String, Object> describe(ReviewMeetings.Meeting meeting) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("meeting", meeting);
        body.put("items", meetings.items(meeting.id()));
        body.put("minutesUploaded", minutes.find(meeting.id()).isPresent());
        return body;
    }
}
