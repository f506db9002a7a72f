package vn.laborcases.query.it;

import vn.laborcases.testsupport.Http;

import java.time.LocalDate;

import static vn.laborcases.query.it.CaseListCommands.created;
import static vn.laborcases.query.it.CaseListCommands.ok;

/**
 * A mixed workload for the replay tests, in Sơn La (a province no other test counts): disputes
 * through mediation, arbitration, closure and reopening; wage complaints with claim lines and
 * payments; inspections from start to sanctions, amendments and payments; a work stoppage; and a
 * correction of each case type's facts.
 */
final class ReplayWorkload {

    static final String PROVINCE = "SON_LA";

    private ReplayWorkload() {
    }

    /** Sends {@code rounds} rounds of every case type; returns the last dispute's id. */
    static String send(Http commands, int rounds, LocalDate today) {
        String dispute = null;
        for (int round = 0; round < rounds; round++) {
            String taxCode = CaseListIntegrationTest.randomTaxCode();
            LocalDate day = today.minusDays(40 + round);
            dispute = dispute(commands, taxCode, day, round);
            complaint(commands, taxCode, day);
            inspection(commands, taxCode, day, round);
        }
        created(commands.post("/api/work-stoppages", """
                {"province":"%s","employerTaxCode":"%s","employerName":"Công ty Ngừng Việc",
                 "workersInvolved":120,"demands":["Pay the bonus"],"startedOn":"%s"}"""
                .formatted(PROVINCE, CaseListIntegrationTest.randomTaxCode(), today.minusDays(3))));
        return dispute;
    }

    private static String dispute(Http commands, String taxCode, LocalDate day, int round) {
        String id = CaseListCommands.fileDispute(commands, PROVINCE, taxCode, day);
        String path = "/api/disputes/" + id;
        ok(commands.post(path + "/mediator", "{\"mediatorId\":\"m-14-0%d\",\"assignedOn\":\"%s\"}"
                .formatted(round % 3, day)));
        if (round % 2 == 0) {
            ok(commands.post(path + "/mediation/settlement", "{\"settledOn\":\"%s\",\"terms\":\"Paid\"}"
                    .formatted(day.plusDays(2))));
            ok(commands.post(path + "/closure", "{\"on\":\"%s\",\"reason\":\"Settled\"}".formatted(day.plusDays(3))));
            ok(commands.post(path + "/reopening", "{\"on\":\"%s\",\"reason\":\"Terms broken\"}"
                    .formatted(day.plusDays(5))));
        } else {
            ok(commands.post(path + "/mediation/failure", "{\"failedOn\":\"%s\",\"grounds\":\"No deal\"}"
                    .formatted(day.plusDays(1))));
            ok(commands.post(path + "/arbitration", """
                    {"requestedOn":"%s","workerSideConsents":true,"employerSideConsents":true}"""
                    .formatted(day.plusDays(2))));
            ok(commands.post(path + "/filing-corrections", """
                    {"employerName":"Công ty TNHH Tranh Chấp Sơn La","reason":"Registration gives the full name"}"""));
        }
        return id;
    }

    private static void complaint(Http commands, String taxCode, LocalDate day) {
        String path = "/api/wage-complaints/" + created(commands.post("/api/wage-complaints", """
                {"province":"%s","enterpriseTaxCode":"%s","enterpriseName":"Công ty Nợ Lương",
                 "region":"III","complainant":"UNION","workersAffected":12,"summary":"Wages unpaid",
                 "receivedOn":"%s","reason":"Complaint received"}""".formatted(PROVINCE, taxCode, day)));
        ok(commands.post(path + "/triage/complaint", "{\"triagedOn\":\"%s\"}".formatted(day.plusDays(1))));
        ok(commands.post(path + "/acceptance", "{\"acceptedOn\":\"%s\"}".formatted(day.plusDays(2))));
        ok(commands.post(path + "/claim-lines", """
                {"kind":"WAGES","periodFrom":"%s","periodTo":"%s","principal":60000000,"dueOn":"%s",
                 "monthlyWagePerWorker":5000000}""".formatted(month(day.minusMonths(2)), month(day.minusMonths(2)),
                day.minusMonths(1).withDayOfMonth(5))));
        ok(commands.post(path + "/employer-notice", "{\"notifiedOn\":\"%s\",\"channel\":\"Letter\"}"
                .formatted(day.plusDays(3))));
        ok(commands.post(path + "/determination", "{\"determinedOn\":\"%s\"}".formatted(day.plusDays(3))));
        ok(commands.post(path + "/payments", "{\"paidOn\":\"%s\",\"amount\":20000000,\"reference\":\"UNC\"}"
                .formatted(day.plusDays(4))));
        ok(commands.post(path + "/claim-lines/1/corrections",
                "{\"principal\":55000000,\"reason\":\"The payroll shows less\"}"));
    }

    private static void inspection(Http commands, String taxCode, LocalDate day, int round) {
        String path = "/api/inspections/" + created(commands.post("/api/inspections", """
                {"trigger":"PLANNED","scope":["LABOR_LAW"],
                 "enterprise":{"taxCode":"%s","name":"Công ty Thanh Tra","province":"%s",
                               "headcount":%d,"ownership":"PRIVATE","sector":"1410"},
                 "openedOn":"%s","grounds":"Annual plan","reason":"Annual plan"}"""
                .formatted(taxCode, PROVINCE, 30 + 100 * round, day))) + "/";
        ok(commands.post(path + "decision", """
                {"decisionNumber":"%d/QĐ-TTr","issuedOn":"%s","leadInspector":"inspector-14-00%d"}"""
                .formatted(round + 1, day.plusDays(1), round % 2)));
        ok(commands.post(path + "announcement", "{\"announcedOn\":\"%s\"}".formatted(day.plusDays(2))));
        ok(commands.post(path + "fieldwork/start", "{\"on\":\"%s\"}".formatted(day.plusDays(3))));
        String finding = ok(commands.post(path + "findings", """
                {"category":"WAGES_LATE_OR_SHORT","legalBasis":"Labor Code 45/2019 Art 94","description":"Late",
                 "workersAffected":30,"amountOwed":90000000,"foundOn":"%s"}""".formatted(day.plusDays(4))))
                .get("findings").get(0).get("findingId").asText();
        ok(commands.post(path + "findings/" + finding + "/corrections",
                "{\"workersAffected\":35,\"reason\":\"Five more on the night shift\"}"));
        CaseListCommands.concludeInspection(commands, path, day.plusDays(4));
        String sanction = ok(commands.post(path + "sanctions", """
                {"findingId":"%s","offender":"ORGANISATION","amount":35000000,"decisionNumber":"%d/QĐ-XPHC",
                 "imposedOn":"%s"}""".formatted(finding, round + 1, day.plusDays(13))))
                .get("sanctions").get(0).get("sanctionId").asText();
        ok(commands.post(path + "sanctions/" + sanction + "/amendments", """
                {"change":"AMENDMENT","newAmount":30000000,"amendedOn":"%s","reason":"Mitigation"}"""
                .formatted(day.plusDays(14))));
        ok(commands.post(path + "sanctions/" + sanction + "/payments",
                "{\"amount\":15000000,\"paidOn\":\"%s\"}".formatted(day.plusDays(15))));
    }

    private static String month(LocalDate date) {
        return date.toString().substring(0, 7);
    }
}
