SELECT SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7) AS "month", "t0_invoices"."total" AS "value"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" >= $1) AND ("t0_invoices"."invoice_date" < $2) AND ("t0_invoices"."total" IS NOT NULL))
ORDER BY CAST("t0_invoices"."total" AS DOUBLE PRECISION)
-- bindings:
-- 1: text '2025-07-01'
-- 2: text '2025-11-01'
