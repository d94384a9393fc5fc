SELECT "t0_invoices"."customer_id" AS "customer", SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 10) AS "day", "t0_invoices"."total" AS "amount", "t0_invoices"."invoice_date" AS "latest"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" >= $1) AND ("t0_invoices"."invoice_date" < $2))
ORDER BY "t0_invoices"."invoice_date"
-- bindings:
-- 1: text '2024-11-01'
-- 2: text '2025-11-01'
