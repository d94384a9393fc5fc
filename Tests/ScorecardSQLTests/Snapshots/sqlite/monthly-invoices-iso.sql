SELECT substr("t0_invoices"."invoice_date", ?, ?) AS "month", "t0_invoices"."total" AS "c1", "t0_invoices"."total" AS "c2", "t0_invoices"."customer_id" AS "k3", CASE WHEN ("t0_invoices"."total" > ?) THEN "t0_invoices"."customer_id" END AS "k4", (((julianday("t0_invoices"."due_date") - julianday("t0_invoices"."invoice_date")) * 24.0) / ?) AS "c5", (((julianday("t0_invoices"."due_date") - julianday("t0_invoices"."invoice_date")) * 24.0) / ?) AS "c6", ? AS "c7", "t0_invoices"."total" AS "c8", "t0_invoices"."total" AS "v9", "t0_invoices"."rating" AS "c10", CAST(ROUND(("t0_invoices"."total" * ?)) AS INTEGER) AS "c11", CASE WHEN ("t0_invoices"."rating" >= ?) THEN ? ELSE ? END AS "c12", CASE WHEN ("t0_invoices"."rating" <= ?) THEN ? ELSE ? END AS "c13", "t0_invoices"."rating" AS "c14", "t0_invoices"."total" AS "c15", "t0_invoices"."total" AS "b16", "t0_invoices"."rating" AS "b17", "t0_invoices"."id" AS "row_key"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" < ?) OR (NOT ((typeof("t0_invoices"."invoice_date") = ?) AND (("t0_invoices"."invoice_date" GLOB ?) OR ("t0_invoices"."invoice_date" GLOB ?)))))
-- bindings:
-- 1: integer 1
-- 2: integer 7
-- 3: integer 1
-- 4: real 24.0
-- 5: real 24.0
-- 6: integer 1
-- 7: integer 100
-- 8: integer 9
-- 9: integer 1
-- 10: integer 0
-- 11: integer 6
-- 12: integer 1
-- 13: integer 0
-- 14: text '2025-11-01'
-- 15: text 'text'
-- 16: text '[0-9][0-9][0-9][0-9]-0[1-9]*'
-- 17: text '[0-9][0-9][0-9][0-9]-1[0-2]*'
