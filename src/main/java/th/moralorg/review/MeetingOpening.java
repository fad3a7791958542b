package th.moralorg.review;

import java.util.List;

import org.springframework.stereotype.Service;

import th.moralorg.identity.ApiCaller;
import th.moralorg.reference.FiscalYear;
import th.moralorg.reference.Provinces;
import th.moralorg.validation.FieldErrors;

/**
 * Opening a province's subcommittee meeting and listing its meetings of a year, with the rules and
 * the access check of /api/review-meetings, for the API and the office page alike.
 */
@Service
public class MeetingOpening {

    private final ReviewMeetingService service;
    private final ReviewMeetings meetings;
    private final Provinces provinces;

    MeetingOpening(ReviewMeetingService service, ReviewMeetings meetings, Provinces provinces) {
        this.service = service;
        this.meetings = meetings;
        this.provinces = provinces;
    }

    /** The new meeting's id; 400 per field, 403 for another province, 409 when no case waits. */
    public long open(ApiCaller caller, Object fiscalYear, String provinceCode) {
        FieldErrors errors = new FieldErrors();
        Integer year = FiscalYear.read("fiscalYear", fiscalYear, errors);
        provinces.read("provinceCode", provinceCode, errors);
        errors.throwIfInvalid();
        caller.requireProvince(provinceCode);
        return service.open(provinceCode, year, caller.userId());
    }

    /** The meetings of one province and fiscal year (PCO its own province, DRA any). */
    public List<ReviewMeetings.Listed> ofProvince(ApiCaller caller, String provinceCode, Object fiscalYear) {
        FieldErrors errors = new FieldErrors();
        provinces.read("provinceCode", provinceCode, errors);
        Integer year = FiscalYear.read("fiscalYear", fiscalYear, errors);
        errors.throwIfInvalid();
        caller.requireProvince(provinceCode);
        return meetings.ofProvince(provinceCode, year);
    }

    /** How many cases the meeting's list holds. */
    public int listed(long meetingId) {
        return meetings.items(meetingId).size();
    }
}
