SELECT substr("t0_invoices"."invoice_date", ?, ?) AS "month", COUNT(*) AS "rows", SUM("t0_invoices"."total") AS "c2", COUNT("t0_invoices"."total") AS "c3", SUM((((julianday("t0_invoices"."due_date") - julianday("t0_invoices"."invoice_date")) * 24.0) / ?)) AS "c4", COUNT((((julianday("t0_invoices"."due_date") - julianday("t0_invoices"."invoice_date")) * 24.0) / ?)) AS "c5", COUNT(?) AS "c6", SUM(CAST(ROUND(("t0_invoices"."total" * ?)) AS INTEGER)) AS "c7", SUM(CASE WHEN ("t0_invoices"."rating" >= ?) THEN ? ELSE ? END) AS "c8", SUM(CASE WHEN ("t0_invoices"."rating" <= ?) THEN ? ELSE ? END) AS "c9", COUNT("t0_invoices"."rating") AS "c10"
FROM "invoices" AS "t0_invoices"
WHERE ((NOT (NOT ((typeof("t0_invoices"."invoice_date") = ?) AND (("t0_invoices"."invoice_date" GLOB ?) OR ("t0_invoices"."invoice_date" GLOB ?))))) AND (NOT ((typeof("t0_invoices"."total") IN (?, ?)) AND scorecard_not_number("t0_invoices"."total"))) AND (NOT (("t0_invoices"."total" IS NOT NULL) AND (ABS("t0_invoices"."total") >= ?))) AND (NOT ((typeof("t0_invoices"."rating") IN (?, ?)) AND scorecard_not_number("t0_invoices"."rating"))) AND (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?)))
GROUP BY substr("t0_invoices"."invoice_date", ?, ?)
-- bindings:
-- 1: integer 1
-- 2: integer 7
-- 3: real 24.0
-- 4: real 24.0
-- 5: integer 1
-- 6: integer 100
-- 7: integer 9
-- 8: integer 1
-- 9: integer 0
-- 10: integer 6
-- 11: integer 1
-- 12: integer 0
-- 13: text 'text'
-- 14: text '[0-9][0-9][0-9][0-9]-0[1-9]*'
-- 15: text '[0-9][0-9][0-9][0-9]-1[0-2]*'
-- 16: text 'text'
-- 17: text 'blob'
-- 18: real 10000000000000.0
-- 19: text 'text'
-- 20: text 'blob'
-- 21: text '2025-07-01'
-- 22: text '2025-11-01'
-- 23: integer 1
-- 24: integer 7
