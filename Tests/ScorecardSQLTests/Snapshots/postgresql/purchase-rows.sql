SELECT "t0_invoices"."customer_id" AS "customer", SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 10) AS "ts", "t0_invoices"."total" AS "amount"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" >= $1) AND ("t0_invoices"."invoice_date" < $2))
-- bindings:
-- 1: text '2024-11-01'
-- 2: text '2025-11-01'
