-- A skewed, realistic volume for plan tests: 120,000 cases of the four types over three
-- years and 34 provinces, about 40,000 enterprises, and the rows every projection keeps.
-- :provinces is replaced by the test with the 34 province names.
CREATE TEMP TABLE seed_province AS
SELECT ordinality AS n, name FROM unnest(ARRAY[:provinces]) WITH ORDINALITY AS p(name);

INSERT INTO case_list (case_id, case_type, case_number, province, enterprise_tax_code, enterprise_name, status,
                       assignee, opened_on, closed_on, last_event_at, last_sequence)
SELECT md5('case' || i)::uuid,
       (ARRAY['LABOR_DISPUTE','WORK_STOPPAGE','WAGE_ARREARS','INSPECTION'])[1 + i % 4],
       'XX-' || lpad((i % 100)::text, 2, '0') || '-2026-' || lpad(i::text, 6, '0'),
       (SELECT name FROM seed_province WHERE n = 1 + i % 34),
       lpad((1000000000 + (i * 7919) % 40000)::text, 10, '0'),
       'Enterprise ' || ((i * 7919) % 40000),
       CASE WHEN i % 20 < 17 THEN 'CLOSED'
            ELSE (ARRAY['IN_MEDIATION','REGISTERED','ACCEPTED','IN_FIELDWORK'])[1 + i % 4] END,
       CASE WHEN i % 3 = 0 THEN 'officer-' || (i % 900) END,
       -- 85% of cases are closed; the open ones were opened in the last three months.
       CASE WHEN i % 20 < 17 THEN date '2023-06-01' + (i % 1000) ELSE date '2026-03-01' + (i % 90) END,
       CASE WHEN i % 20 < 17 THEN date '2023-06-01' + (i % 1000) + 40 END,
       timestamptz '2024-01-01' + (i % 1050) * interval '1 day',
       5
FROM generate_series(1, 120000) AS i;

INSERT INTO radar_case (case_id, case_type, case_number, province, is_open, last_sequence)
SELECT case_id, case_type, case_number, province, closed_on IS NULL, 5 FROM case_list;

INSERT INTO radar_deadline (case_id, deadline_key, case_type, case_number, province, kind, due_on, legal_basis,
                            state, resolved_on)
SELECT c.case_id, k.kind, c.case_type, c.case_number, c.province, k.kind, c.opened_on + k.days, 'Seed',
       CASE WHEN c.closed_on IS NOT NULL THEN 'MET'
            WHEN hashtext(c.case_number || k.kind) % 5 = 0 THEN 'MISSED' ELSE 'OPEN' END,
       CASE WHEN c.closed_on IS NOT NULL THEN c.opened_on + k.days - 1 END
FROM case_list c CROSS JOIN (VALUES ('MEDIATION', 7), ('MEDIATOR_ASSIGNMENT', 5)) AS k(kind, days);

INSERT INTO workload_assignee (case_id, assignee, last_sequence)
SELECT case_id, assignee, 5 FROM case_list WHERE assignee IS NOT NULL;

INSERT INTO ent_case (case_id, case_type, case_number, tax_code, enterprise_name, province, opened_on, open,
                      unlawful, last_sequence)
SELECT case_id, case_type, case_number, enterprise_tax_code, enterprise_name, province, opened_on,
       closed_on IS NULL, case_type = 'WORK_STOPPAGE', 5
FROM case_list;

INSERT INTO ent_finding (finding_id, inspection_id, tax_code, enterprise_name, province, category, found_on, repeat)
SELECT md5('finding' || c.case_id)::uuid, c.case_id, c.enterprise_tax_code, c.enterprise_name, c.province,
       (ARRAY['WAGES_LATE_OR_SHORT','BELOW_MINIMUM_WAGE','SI_LATE_OR_WRONG_LEVEL','SI_NOT_PAID','OSH'])[1 + abs(hashtext(c.case_number)) % 5],
       c.opened_on + 10, abs(hashtext(c.case_number)) % 7 = 0
FROM case_list c WHERE c.case_type = 'INSPECTION';

INSERT INTO ent_sanction (sanction_id, inspection_id, finding_id, category, imposed_on, initial_amount,
                          current_amount, paid, last_sequence)
SELECT md5('sanction' || finding_id)::uuid, inspection_id, finding_id, category, found_on + 30,
       20000000, 20000000, CASE WHEN repeat THEN 0 ELSE 20000000 END, 5
FROM ent_finding WHERE abs(hashtext(finding_id::text)) % 2 = 0;

INSERT INTO ent_remediation (remediation_id, inspection_id, finding_id, status, due_on, last_sequence)
SELECT md5('remediation' || finding_id)::uuid, inspection_id, finding_id,
       (ARRAY['OPEN','VERIFIED','OVERDUE','WAIVED'])[1 + abs(hashtext(finding_id::text)) % 4], found_on + 60, 5
FROM ent_finding;

INSERT INTO arr_complaint (complaint_id, case_number, tax_code, enterprise_name, province)
SELECT case_id, case_number, enterprise_tax_code, enterprise_name, province FROM case_list
WHERE case_type = 'WAGE_ARREARS';

INSERT INTO arr_claim_line (complaint_id, line_no, case_number, tax_code, enterprise_name, province, kind,
                            period_from, period_to, principal, due_on)
SELECT a.complaint_id, l.line_no, a.case_number, a.tax_code, a.enterprise_name, a.province,
       (ARRAY['WAGES','SOCIAL_INSURANCE','OVERTIME'])[l.line_no],
       date_trunc('month', c.opened_on - 60 * l.line_no)::date,
       (date_trunc('month', c.opened_on - 60 * l.line_no) + interval '1 month - 1 day')::date,
       50000000 * l.line_no, c.opened_on - 30 * l.line_no
FROM arr_complaint a JOIN case_list c ON c.case_id = a.complaint_id
CROSS JOIN generate_series(1, 3) AS l(line_no);

INSERT INTO arr_allocation (complaint_id, payment_no, line_no, paid_on, amount)
SELECT complaint_id, 1, line_no, due_on + 45, principal / 2 FROM arr_claim_line WHERE line_no < 3;

INSERT INTO arr_deposit_rate (event_id, complaint_id, bank, annual_percent, effective_from)
SELECT 'seed-' || complaint_id, complaint_id, 'Vietcombank', 1.6, date '2024-01-01' FROM arr_complaint;

INSERT INTO out_dispute (dispute_id, case_number, kind, province, received_on, time_bar_overridden,
                         mediation_outcome, escalated, resolved_on, last_sequence)
SELECT case_id, case_number, (ARRAY['INDIVIDUAL','COLLECTIVE_RIGHTS','COLLECTIVE_INTERESTS'])[1 + abs(hashtext(case_number)) % 3],
       province, opened_on, abs(hashtext(case_number)) % 50 = 0,
       CASE WHEN closed_on IS NOT NULL THEN (ARRAY['SETTLED','FAILED','LAPSED'])[1 + abs(hashtext(case_number)) % 3] END,
       abs(hashtext(case_number)) % 4 = 0, closed_on, 5
FROM case_list WHERE case_type = 'LABOR_DISPUTE';

INSERT INTO stk_register (row_id, kind, case_id, case_number, tax_code, enterprise_name, province, workers_involved,
                          started_on, ended_on, duration_days, lawful, violations, demands, last_sequence)
SELECT 'seed-' || case_id, 'WORK_STOPPAGE', case_id, case_number, enterprise_tax_code, enterprise_name, province,
       50 + abs(hashtext(case_number)) % 2000, opened_on, closed_on, closed_on - opened_on + 1,
       abs(hashtext(case_number)) % 10 = 0, ARRAY['Labor Code 45/2019 Arts 198, 204(2)'], ARRAY['Bonus'], 5
FROM case_list WHERE case_type = 'WORK_STOPPAGE';

INSERT INTO cov_inspection (inspection_id, case_number, province, opened_on, headcount, size_band, sector)
SELECT case_id, case_number, province, opened_on, 5 + abs(hashtext(case_number)) % 800,
       (ARRAY['1-10','11-50','51-200','201+'])[1 + abs(hashtext(case_number)) % 4],
       lpad((1000 + abs(hashtext(case_number)) % 90)::text, 4, '0')
FROM case_list WHERE case_type = 'INSPECTION';

INSERT INTO cov_finding (finding_id, inspection_id) SELECT finding_id, inspection_id FROM ent_finding;

INSERT INTO cov_sanction (sanction_id, inspection_id, current_amount, paid, last_sequence)
SELECT sanction_id, inspection_id, current_amount, paid, 5 FROM ent_sanction;

-- The auditors' trail: three events per case, 360,000 rows; one actor per 900, a system event per
-- ten cases, a dozen kinds of action, record and business times over three years.
INSERT INTO audit_case (case_id, case_type, case_number, province, tax_code)
SELECT case_id::text, case_type, case_number, province, enterprise_tax_code FROM case_list;

INSERT INTO audit_trail (global_index, event_id, case_id, case_type, case_number, province, tax_code,
                         sequence_number, event_type, actor, role, record_time, business_time, reason,
                         correlation_id)
SELECT row_number() OVER (ORDER BY c.last_event_at, c.case_id, s), md5(c.case_id::text || s), c.case_id::text,
       c.case_type, c.case_number, c.province, c.enterprise_tax_code, s,
       (ARRAY['InspectionStartedEvent','FindingRecordedEvent','SanctionImposedEvent','SanctionAmendedEvent',
              'FinePaidEvent','DisputeFiledEvent','MediatorAssignedEvent','MediationSettledEvent',
              'ComplaintRegisteredEvent','PaymentRecordedEvent','ClaimLineAddedEvent','MediationLapsedEvent'])
           [1 + abs(hashtext(c.case_number || s)) % 12],
       CASE WHEN s = 2 AND abs(hashtext(c.case_number)) % 10 = 0 THEN 'system:statutory-deadline'
            ELSE 'officer-' || abs(hashtext(c.case_number || s)) % 900 END,
       CASE WHEN s = 2 AND abs(hashtext(c.case_number)) % 10 = 0 THEN 'SYSTEM' ELSE 'INSPECTOR' END,
       c.last_event_at - (2 - s) * interval '10 days', (c.opened_on + s * 10)::timestamptz, 'Seed',
       md5('correlation' || c.case_id)
FROM case_list c CROSS JOIN generate_series(0, 2) AS s;

-- As autovacuum leaves a settled table: statistics and the visibility map.
VACUUM ANALYZE;
