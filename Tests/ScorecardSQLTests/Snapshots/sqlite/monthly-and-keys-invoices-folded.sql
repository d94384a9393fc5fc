SELECT substr("t0_invoices"."invoice_date", ?, ?) AS "month", COUNT(*) AS "rows", SUM("t0_invoices"."total") AS "c2", COUNT("t0_invoices"."total") AS "c3", SUM((((julianday("t0_invoices"."due_date") - julianday("t0_invoices"."invoice_date")) * 24.0) / ?)) AS "c4", COUNT((((julianday("t0_invoices"."due_date") - julianday("t0_invoices"."invoice_date")) * 24.0) / ?)) AS "c5", COUNT(?) AS "c6", MAX(CAST("t0_invoices"."total" AS REAL)) AS "c7", COUNT("t0_invoices"."rating") AS "c8", SUM(CAST(ROUND(("t0_invoices"."total" * ?)) AS INTEGER)) AS "c9", SUM(CASE WHEN ("t0_invoices"."rating" >= ?) THEN ? ELSE ? END) AS "c10", SUM(CASE WHEN ("t0_invoices"."rating" <= ?) THEN ? ELSE ? END) AS "c11", COUNT("t0_invoices"."rating") AS "c12", MIN(CAST("t0_invoices"."total" AS REAL)) AS "c13", COUNT("t0_invoices"."total") AS "n0", SUM(CASE WHEN (NOT ((typeof("t0_invoices"."invoice_date") = ?) AND (("t0_invoices"."invoice_date" GLOB ?) OR ("t0_invoices"."invoice_date" GLOB ?)))) THEN ? ELSE ? END) AS "bad0", SUM(CASE WHEN ((typeof("t0_invoices"."total") IN (?, ?)) AND scorecard_not_number("t0_invoices"."total")) THEN ? ELSE ? END) AS "bad1", SUM(CASE WHEN (("t0_invoices"."total" IS NOT NULL) AND (ABS("t0_invoices"."total") >= ?)) THEN ? ELSE ? END) AS "bad2", SUM(CASE WHEN ((typeof("t0_invoices"."rating") IN (?, ?)) AND scorecard_not_number("t0_invoices"."rating")) THEN ? ELSE ? END) AS "bad3", CAST("t0_invoices"."customer_id" AS TEXT) AS "key", COUNT(*) AS "key_rows"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" < ?) OR (NOT ((typeof("t0_invoices"."invoice_date") = ?) AND (("t0_invoices"."invoice_date" GLOB ?) OR ("t0_invoices"."invoice_date" GLOB ?)))))
GROUP BY CAST("t0_invoices"."customer_id" AS TEXT), substr("t0_invoices"."invoice_date", ?, ?)
ORDER BY CAST("t0_invoices"."customer_id" AS TEXT), substr("t0_invoices"."invoice_date", ?, ?)
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
-- 16: integer 1
-- 17: integer 0
-- 18: text 'text'
-- 19: text 'blob'
-- 20: integer 1
-- 21: integer 0
-- 22: real 10000000000000.0
-- 23: integer 1
-- 24: integer 0
-- 25: text 'text'
-- 26: text 'blob'
-- 27: integer 1
-- 28: integer 0
-- 29: text '2025-11-01'
-- 30: text 'text'
-- 31: text '[0-9][0-9][0-9][0-9]-0[1-9]*'
-- 32: text '[0-9][0-9][0-9][0-9]-1[0-2]*'
-- 33: integer 1
-- 34: integer 7
-- 35: integer 1
-- 36: integer 7
