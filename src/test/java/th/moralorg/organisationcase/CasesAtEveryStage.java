package th.moralorg.organisationcase;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.camunda.bpm.engine.ManagementService;
import org.springframework.context.ApplicationContext;

import th.moralorg.reference.FiscalYear;

/**
 * Real Chiang Mai cases, one at each stage of organisation-case, driven through the real process
 * as the PCO and the coordinators would, with evidence files on the cases that have reached the
 * steps that take them: what a backup or an upgrade must carry across (operations tests; the
 * upgrade fixture is made with it on the previous release, docs/operations.md "Upgrading").
 */
public final class CasesAtEveryStage {

    static final String OFFICER = "officer.50";

    /** The cases by stage, in process order, and the files attached to them (their exact bytes). */
    public record Made(Map<String, String> caseByStage, List<File> files) {
    }

    public record File(String caseNumber, String fileName, String contentType, byte[] content) {
    }

    private CasesAtEveryStage() {
    }

    /** Makes them on a started node, and waits until the job executor has run every step they left to it. */
    public static Made create(ApplicationContext node) {
        CaseDriver driver = node.getBean(CaseDriver.class);
        Attachments attachments = node.getBean(Attachments.class);
        int year = FiscalYear.containing(LocalDate.now()).buddhistYear();
        Map<String, String> byStage = new LinkedHashMap<>();
        List<File> files = new ArrayList<>();

        byStage.put("registered", driver.register(CaseDriver.registrationForm("50", year)));
        String correction = driver.register(CaseDriver.registrationForm("50", year));
        driver.complete(correction, "reviewIntent", OFFICER,
                Map.of("intentDecision", "CORRECT", "intentRemarks", "กรุณาระบุที่อยู่ให้ครบ"));
        byStage.put("correction-requested", correction);
        String rejected = driver.register(CaseDriver.registrationForm("50", year));
        driver.complete(rejected, "reviewIntent", OFFICER,
                Map.of("intentDecision", "REJECT", "intentRemarks", "ไม่ใช่องค์กรในเขตจังหวัด"));
        byStage.put("rejected", rejected);

        for (String stage : List.of("accepted", "in-progress", "submitted", "awaiting-review", "revision-requested",
                "provincially-certified", "nationally-endorsed", "awaiting-reassessment")) {
            Map<String, Object> form = CaseDriver.registrationForm("50", year);
            String caseNumber = driver.register(form);
            String coordinator = (String) form.get("coordinatorEmail");
            byStage.put(stage, caseNumber);
            driver.complete(caseNumber, "reviewIntent", OFFICER, Map.of("intentDecision", "ACCEPT"));
            if (stage.equals("accepted")) {
                continue;
            }
            driver.complete(caseNumber, "recordOrientation", OFFICER, Map.of("orientationDate", "2025-12-01"));
            driver.complete(caseNumber, "sharedVision", coordinator, Forms.sharedVision());
            driver.complete(caseNumber, "goodnessCapital", coordinator, Forms.goodnessCapital());
            files.add(attach(attachments, caseNumber, "EVIDENCE", "กิจกรรมจิตอาสา.png", "image/png", coordinator));
            if (stage.equals("in-progress")) {
                continue;
            }
            driver.workThroughYear(caseNumber, coordinator);
            driver.complete(caseNumber, "selfAssess", coordinator, Forms.selfAssessment(2, 8));
            files.add(attach(attachments, caseNumber, "SELF_ASSESSMENT", "แบบ อ.02.pdf", "application/pdf", coordinator));
            files.add(attach(attachments, caseNumber, "DECLARATION", "ประกาศเจตนารมณ์.jpg", "image/jpeg", coordinator));
            if (stage.equals("submitted")) {
                continue;
            }
            driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));
            if (stage.equals("awaiting-review")) {
                continue;
            }
            if (stage.equals("revision-requested")) {
                driver.correlate("ProvincialDecision", caseNumber, Map.of("provincialDecision", "REVISE",
                        "provincialRemarks", "ควรแนบหลักฐานการเปลี่ยนแปลงพฤติกรรม"));
                continue;
            }
            driver.correlate("ProvincialDecision", caseNumber, Map.of("provincialDecision", "CERTIFIED",
                    "certifiedLevel", 3, "outstandingModel", false));
            if (stage.equals("provincially-certified")) {
                continue;
            }
            driver.correlate("NationalResult", caseNumber, Map.of("nationalResult", "ENDORSED"));
            if (stage.equals("nationally-endorsed")) {
                continue; // the national-database entry still open beside the endorsed branch
            }
            driver.complete(caseNumber, "recordNationalDatabase", OFFICER, Map.of("nationalDatabaseRecorded", true));
            driver.visitSite(caseNumber, OFFICER, coordinator);
        }
        awaitJobs(node.getBean(ManagementService.class));
        return new Made(byStage, files);
    }

    /** The PCO's completeness check of a submitted case, as on any day: the case moves on to the subcommittee. */
    public static String checkCompleteness(ApplicationContext node, String caseNumber) {
        CaseDriver driver = node.getBean(CaseDriver.class);
        driver.complete(caseNumber, "checkCompleteness", OFFICER, Map.of("completenessDecision", "COMPLETE"));
        return driver.status(caseNumber);
    }

    /** A new Chiang Mai registration on the node; its case number. */
    public static String register(ApplicationContext node) {
        return node.getBean(CaseDriver.class).register(CaseDriver.registrationForm("50",
                FiscalYear.containing(LocalDate.now()).buddhistYear()));
    }

    private static File attach(Attachments attachments, String caseNumber, String purpose, String name, String type,
            String by) {
        byte[] content = content(type, caseNumber + name);
        attachments.store(caseNumber, purpose, name, type, content, by);
        return new File(caseNumber, name, type, content);
    }

    /** A few kilobytes that start as the type's files do, different for every file. */
    private static byte[] content(String type, String seed) {
        byte[] magic = switch (type) {
            case "application/pdf" -> "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
            case "image/png" -> new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
            default -> new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
        };
        byte[] content = new byte[4096 + Math.floorMod(seed.hashCode(), 4096)];
        new Random(seed.hashCode()).nextBytes(content);
        System.arraycopy(magic, 0, content, 0, magic.length);
        return content;
    }

    private static void awaitJobs(ManagementService management) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (management.createJobQuery().messages().count() > 0) {
            if (management.createJobQuery().withException().count() > 0 || Instant.now().isAfter(deadline)) {
                throw new AssertionError("the job executor left jobs undone: "
                        + management.createJobQuery().messages().list());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
