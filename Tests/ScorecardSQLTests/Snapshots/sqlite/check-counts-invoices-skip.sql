SELECT SUM(CASE WHEN (NOT ((typeof("t0_invoices"."invoice_date") = ?) AND (("t0_invoices"."invoice_date" GLOB ?) OR ("t0_invoices"."invoice_date" GLOB ?)))) THEN ? ELSE ? END) AS "bad0", SUM(CASE WHEN ((typeof("t0_invoices"."total") IN (?, ?)) AND scorecard_not_number("t0_invoices"."total")) THEN ? ELSE ? END) AS "bad1", SUM(CASE WHEN (("t0_invoices"."total" IS NOT NULL) AND (ABS("t0_invoices"."total") >= ?)) THEN ? ELSE ? END) AS "bad2", SUM(CASE WHEN ((typeof("t0_invoices"."rating") IN (?, ?)) AND scorecard_not_number("t0_invoices"."rating")) THEN ? ELSE ? END) AS "bad3"
FROM "invoices" AS "t0_invoices"
WHERE ((("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?)) OR (NOT ((typeof("t0_invoices"."invoice_date") = ?) AND (("t0_invoices"."invoice_date" GLOB ?) OR ("t0_invoices"."invoice_date" GLOB ?)))))
-- bindings:
-- 1: text 'text'
-- 2: text '[0-9][0-9][0-9][0-9]-0[1-9]*'
-- 3: text '[0-9][0-9][0-9][0-9]-1[0-2]*'
-- 4: integer 1
-- 5: integer 0
-- 6: text 'text'
-- 7: text 'blob'
-- 8: integer 1
-- 9: integer 0
-- 10: real 10000000000000.0
-- 11: integer 1
-- 12: integer 0
-- 13: text 'text'
-- 14: text 'blob'
-- 15: integer 1
-- 16: integer 0
-- 17: text '2025-07-01'
-- 18: text '2025-11-01'
-- 19: text 'text'
-- 20: text '[0-9][0-9][0-9][0-9]-0[1-9]*'
-- 21: text '[0-9][0-9][0-9][0-9]-1[0-2]*'
