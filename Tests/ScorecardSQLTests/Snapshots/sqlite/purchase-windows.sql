WITH "clv#days"("customer", "day", "amount") AS (SELECT "t"."customer", "t"."ts", TOTAL("t"."amount")
FROM (SELECT "t0_invoices"."customer_id" AS "customer", substr("t0_invoices"."invoice_date", ?, ?) AS "ts", "t0_invoices"."total" AS "amount"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?))) AS "t"
WHERE (("t"."customer" IS NOT NULL) AND ("t"."ts" IS NOT NULL))
GROUP BY "t"."customer", "t"."ts"),
"clv#firsts"("customer", "day", "amount", "first_0", "first_1") AS (SELECT "d"."customer", "d"."day", "d"."amount", MIN(CASE WHEN (("d"."day" >= ?) AND ("d"."day" < ?)) THEN "d"."day" END) OVER (PARTITION BY "d"."customer"), MIN(CASE WHEN (("d"."day" >= ?) AND ("d"."day" < ?)) THEN "d"."day" END) OVER (PARTITION BY "d"."customer")
FROM "clv#days" AS "d")
SELECT CAST("f"."customer" AS TEXT) AS "customer", MIN("f"."first_0") AS "first_0", MAX(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN "f"."day" END) AS "last_0", COUNT(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN ? END) AS "days_0", TOTAL(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?) AND ("f"."day" <> "f"."first_0")) THEN "f"."amount" END) AS "repeat_0", COUNT(CASE WHEN (COUNT(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN ? END) > ?) THEN ? END) OVER () AS "customers_0", MIN("f"."first_1") AS "first_1", MAX(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN "f"."day" END) AS "last_1", COUNT(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN ? END) AS "days_1", TOTAL(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?) AND ("f"."day" <> "f"."first_1")) THEN "f"."amount" END) AS "repeat_1", COUNT(CASE WHEN (COUNT(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN ? END) > ?) THEN ? END) OVER () AS "customers_1"
FROM "clv#firsts" AS "f"
GROUP BY "f"."customer"
ORDER BY "f"."customer"
-- bindings:
-- 1: integer 1
-- 2: integer 10
-- 3: text '2024-10-01'
-- 4: text '2025-11-01'
-- 5: text '2024-11-01'
-- 6: text '2025-11-01'
-- 7: text '2024-10-01'
-- 8: text '2025-10-01'
-- 9: text '2024-11-01'
-- 10: text '2025-11-01'
-- 11: text '2024-11-01'
-- 12: text '2025-11-01'
-- 13: integer 1
-- 14: text '2024-11-01'
-- 15: text '2025-11-01'
-- 16: text '2024-11-01'
-- 17: text '2025-11-01'
-- 18: integer 1
-- 19: integer 0
-- 20: integer 1
-- 21: text '2024-10-01'
-- 22: text '2025-10-01'
-- 23: text '2024-10-01'
-- 24: text '2025-10-01'
-- 25: integer 1
-- 26: text '2024-10-01'
-- 27: text '2025-10-01'
-- 28: text '2024-10-01'
-- 29: text '2025-10-01'
-- 30: integer 1
-- 31: integer 0
-- 32: integer 1
