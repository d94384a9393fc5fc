SELECT "t0_invoices"."customer_id" AS "customer", substr("t0_invoices"."invoice_date", ?, ?) AS "day", "t0_invoices"."total" AS "amount", "t0_invoices"."invoice_date" AS "latest"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?))
ORDER BY "t0_invoices"."invoice_date"
-- bindings:
-- 1: integer 1
-- 2: integer 10
-- 3: text '2024-11-01'
-- 4: text '2025-11-01'
