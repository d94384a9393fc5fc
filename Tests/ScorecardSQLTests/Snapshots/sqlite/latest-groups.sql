WITH "clv#purchases"("customer", "time", "latest", "g0") AS (SELECT "t0_invoices"."customer_id", "t0_invoices"."invoice_date", MAX("t0_invoices"."invoice_date") OVER (PARTITION BY "t0_invoices"."customer_id"), "t0_customers"."country"
FROM "invoices" AS "t0_invoices"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_invoices"."customer_id")
WHERE (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?) AND ("t0_invoices"."customer_id" IS NOT NULL)))
SELECT MAX("p"."g0") AS "group_0"
FROM "clv#purchases" AS "p"
WHERE ("p"."time" = "p"."latest")
GROUP BY "p"."customer"
ORDER BY "p"."customer"
-- bindings:
-- 1: text '2024-11-01'
-- 2: text '2025-11-01'
