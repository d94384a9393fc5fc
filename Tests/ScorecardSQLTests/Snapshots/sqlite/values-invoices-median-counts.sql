SELECT substr("t0_invoices"."invoice_date", ?, ?) AS "month", COUNT(*) AS "values"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" < ?) AND ("t0_invoices"."total" IS NOT NULL))
GROUP BY substr("t0_invoices"."invoice_date", ?, ?)
-- bindings:
-- 1: integer 1
-- 2: integer 7
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: integer 7
