SELECT "t0_invoices"."customer_id" AS "key", $1 AS "keep", "t0_customers"."country" AS "group_0"
FROM (SELECT "c"."id" AS "customer_id"
FROM "customers" AS "c") AS "t0_invoices"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_invoices"."customer_id")
ORDER BY "t0_invoices"."customer_id"
-- bindings:
-- 1: integer 1
