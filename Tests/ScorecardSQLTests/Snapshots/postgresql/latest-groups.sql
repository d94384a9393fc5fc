WITH "clv#purchases"("customer", "time", "g0") AS (SELECT "t0_invoices"."customer_id", "t0_invoices"."invoice_date", "t0_customers"."country"
FROM "invoices" AS "t0_invoices"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_invoices"."customer_id")
WHERE (("t0_invoices"."invoice_date" >= $1) AND ("t0_invoices"."invoice_date" < $2) AND ("t0_invoices"."customer_id" IS NOT NULL))),
"clv#latest"("customer", "time") AS (SELECT "p"."customer", MAX("p"."time")
FROM "clv#purchases" AS "p"
GROUP BY "p"."customer")
SELECT MAX("p"."g0") AS "group_0"
FROM "clv#purchases" AS "p"
JOIN "clv#latest" AS "l" ON (("l"."customer" = "p"."customer") AND ("l"."time" = "p"."time"))
GROUP BY "p"."customer"
ORDER BY "p"."customer"
-- bindings:
-- 1: text '2024-11-01'
-- 2: text '2025-11-01'
