SELECT substr("t0_invoices"."invoice_date", ?, ?) AS "month", "t0_invoices"."total" AS "value"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?) AND ("t0_invoices"."total" IS NOT NULL))
ORDER BY CAST("t0_invoices"."total" AS REAL)
-- bindings:
-- 1: integer 1
-- 2: integer 7
-- 3: text '2025-07-01'
-- 4: text '2025-11-01'
