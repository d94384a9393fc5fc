WITH "clv#days"("customer", "day", "amount") AS (SELECT "k"."customer", "k"."day", TOTAL("k"."amount")
FROM (SELECT "t"."customer" AS "customer", CAST(substr("t"."ts", 1, 4) || substr("t"."ts", 6, 2) || substr("t"."ts", 9, 2) AS INTEGER) AS "day", "t"."amount" AS "amount"
FROM (SELECT "t0_invoices"."customer_id" AS "customer", substr("t0_invoices"."invoice_date", ?, ?) AS "ts", "t0_invoices"."total" AS "amount"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?))) AS "t"
WHERE (("t"."customer" IS NOT NULL) AND ("t"."ts" IS NOT NULL))) AS "k"
GROUP BY "k"."customer", "k"."day"),
"clv#firsts"("customer", "day", "amount", "first_0", "first_1") AS (SELECT "d"."customer", "d"."day", "d"."amount", MIN(CASE WHEN (("d"."day" >= ?) AND ("d"."day" < ?)) THEN "d"."day" END) OVER (PARTITION BY "d"."customer"), MIN(CASE WHEN (("d"."day" >= ?) AND ("d"."day" < ?)) THEN "d"."day" END) OVER (PARTITION BY "d"."customer")
FROM "clv#days" AS "d")
SELECT CAST("f"."customer" AS TEXT) AS "customer", MIN("f"."first_0") AS "first_0", MAX(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN "f"."day" END) AS "last_0", COUNT(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN ? END) AS "days_0", TOTAL(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?) AND ("f"."day" <> "f"."first_0")) THEN "f"."amount" END) AS "repeat_0", COUNT(CASE WHEN (COUNT(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN ? END) > ?) THEN ? END) OVER () AS "customers_0", MIN("f"."first_1") AS "first_1", MAX(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN "f"."day" END) AS "last_1", COUNT(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN ? END) AS "days_1", TOTAL(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?) AND ("f"."day" <> "f"."first_1")) THEN "f"."amount" END) AS "repeat_1", COUNT(CASE WHEN (COUNT(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN ? END) > ?) THEN ? END) OVER () AS "customers_1", MIN("f"."day") AS "earliest"
FROM "clv#firsts" AS "f"
GROUP BY "f"."customer"
ORDER BY "f"."customer"
-- bindings:
-- 1: integer 1
-- 2: integer 10
-- 3: text '2024-10-01'
-- 4: text '2025-11-01'
-- 5: integer 20241101
-- 6: integer 20251101
-- 7: integer 20241001
-- 8: integer 20251001
-- 9: integer 20241101
-- 10: integer 20251101
-- 11: integer 20241101
-- 12: integer 20251101
-- 13: integer 1
-- 14: integer 20241101
-- 15: integer 20251101
-- 16: integer 20241101
-- 17: integer 20251101
-- 18: integer 1
-- 19: integer 0
-- 20: integer 1
-- 21: integer 20241001
-- 22: integer 20251001
-- 23: integer 20241001
-- 24: integer 20251001
-- 25: integer 1
-- 26: integer 20241001
-- 27: integer 20251001
-- 28: integer 20241001
-- 29: integer 20251001
-- 30: integer 1
-- 31: integer 0
-- 32: integer 1
