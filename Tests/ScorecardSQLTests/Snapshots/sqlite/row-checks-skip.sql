WITH "windows"("id", "lo", "hi") AS (VALUES (?, ?, ?), (?, ?, ?))
SELECT "w"."id", AVG("t0_invoices"."total") AS "average_invoice", COUNT(DISTINCT "t0_invoices"."customer_id") AS "buyers", AVG((((julianday("t0_invoices"."due_date") - julianday("t0_invoices"."invoice_date")) * 24.0) / ?)) AS "days_to_due", COUNT(*) AS "invoice_count", SUM(CAST(ROUND(("t0_invoices"."total" * ?)) AS INTEGER)) AS "revenue", (? * (SUM(CASE WHEN ("t0_invoices"."rating" >= ?) THEN ? ELSE ? END) - SUM(CASE WHEN ("t0_invoices"."rating" <= ?) THEN ? ELSE ? END)) / NULLIF(COUNT("t0_invoices"."rating"), ?)) AS "satisfaction"
FROM "invoices" AS "t0_invoices"
JOIN "windows" AS "w" ON (("t0_invoices"."invoice_date" >= "w"."lo") AND ("t0_invoices"."invoice_date" < "w"."hi"))
WHERE ((NOT (NOT ((typeof("t0_invoices"."invoice_date") = ?) AND (("t0_invoices"."invoice_date" GLOB ?) OR ("t0_invoices"."invoice_date" GLOB ?))))) AND (NOT ((typeof("t0_invoices"."total") IN (?, ?)) AND scorecard_not_number("t0_invoices"."total"))) AND (NOT (("t0_invoices"."total" IS NOT NULL) AND (ABS("t0_invoices"."total") >= ?))) AND (NOT ((typeof("t0_invoices"."rating") IN (?, ?)) AND scorecard_not_number("t0_invoices"."rating"))) AND (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?)))
GROUP BY "w"."id"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: real 24.0
-- 8: integer 100
-- 9: real 100.0
-- 10: integer 9
-- 11: real 1.0
-- 12: real 0.0
-- 13: integer 6
-- 14: real 1.0
-- 15: real 0.0
-- 16: integer 0
-- 17: text 'text'
-- 18: text '[0-9][0-9][0-9][0-9]-0[1-9]*'
-- 19: text '[0-9][0-9][0-9][0-9]-1[0-2]*'
-- 20: text 'text'
-- 21: text 'blob'
-- 22: real 10000000000000.0
-- 23: text 'text'
-- 24: text 'blob'
-- 25: text '2025-07-01'
-- 26: text '2025-11-01'
