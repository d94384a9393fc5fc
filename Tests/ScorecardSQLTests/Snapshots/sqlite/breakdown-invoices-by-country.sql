WITH "windows"("id", "lo", "hi") AS (VALUES (?, ?, ?), (?, ?, ?))
SELECT "w"."id", "t0_customers"."country" AS "group_key", COUNT(DISTINCT "t0_invoices"."customer_id") AS "group_size", AVG("t0_invoices"."total") AS "average_invoice", COUNT(DISTINCT "t0_invoices"."customer_id") AS "buyers", AVG((((julianday("t0_invoices"."due_date") - julianday("t0_invoices"."invoice_date")) * 24.0) / ?)) AS "days_to_due", COUNT(*) AS "invoice_count", SUM(CAST(ROUND(("t0_invoices"."total" * ?)) AS INTEGER)) AS "revenue", (? * (SUM(CASE WHEN ("t0_invoices"."rating" >= ?) THEN ? ELSE ? END) - SUM(CASE WHEN ("t0_invoices"."rating" <= ?) THEN ? ELSE ? END)) / NULLIF(COUNT("t0_invoices"."rating"), ?)) AS "satisfaction"
FROM "invoices" AS "t0_invoices"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_invoices"."customer_id")
JOIN "windows" AS "w" ON (("t0_invoices"."invoice_date" >= "w"."lo") AND ("t0_invoices"."invoice_date" < "w"."hi"))
WHERE (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?))
GROUP BY "w"."id", "t0_customers"."country"
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: integer 1
-- 5: text '2025-07-01'
-- 6: text '2025-10-01'
-- 7: real 24.0
-- 8: integer 100
-- 9: real 100.0
-- 10: integer 9
-- 11: real 1.0
-- 12: real 0.0
-- 13: integer 6
-- 14: real 1.0
-- 15: real 0.0
-- 16: integer 0
-- 17: text '2025-07-01'
-- 18: text '2025-11-01'
