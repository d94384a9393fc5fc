SELECT "t0_invoices"."customer_id" AS "customer", substr("t0_invoices"."invoice_date", ?, ?) AS "day", "t0_invoices"."total" AS "amount", "t0_invoices"."invoice_date" AS "latest", "t0_customers"."country" AS "group_0"
FROM "invoices" AS "t0_invoices"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_invoices"."customer_id")
WHERE (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?))
ORDER BY "t0_invoices"."invoice_date"
-- bindings:
-- 1: integer 1
-- 2: integer 10
-- 3: text '2024-11-01'
-- 4: text '2025-11-01'
