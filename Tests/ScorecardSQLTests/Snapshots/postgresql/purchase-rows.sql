SELECT "t0_invoices"."customer_id" AS "customer", to_char(CAST("t0_invoices"."invoice_date" AS TIMESTAMP), 'YYYY-MM-DD') AS "ts", "t0_invoices"."total" AS "amount"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" >= $1) AND ("t0_invoices"."invoice_date" < $2))
-- bindings:
-- 1: text '2024-11-01'
-- 2: text '2025-11-01'
