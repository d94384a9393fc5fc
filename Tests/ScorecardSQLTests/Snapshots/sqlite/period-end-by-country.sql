WITH "windows"("id", "lo", "hi") AS (VALUES (?, ?, ?), (?, ?, ?))
SELECT "w"."id", "t0_customers"."country" AS "group_key", COUNT(DISTINCT "t0_invoices"."customer_id") AS "group_size", SUM(CAST(ROUND(("t0_invoices"."total" * ?)) AS INTEGER)) AS "latest_revenue"
FROM "invoices" AS "t0_invoices"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_invoices"."customer_id")
JOIN "windows" AS "w" ON ("t0_invoices"."invoice_date" = (SELECT MAX("latest"."invoice_date")
FROM "invoices" AS "latest"
WHERE (("latest"."invoice_date" >= "w"."lo") AND ("latest"."invoice_date" < "w"."hi"))))
WHERE (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?))
GROUP BY "w"."id", "t0_customers"."country"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: integer 100
-- 8: text '2025-07-01'
-- 9: text '2025-11-01'
