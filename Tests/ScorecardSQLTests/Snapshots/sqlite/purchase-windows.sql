WITH "clv#days"("customer", "day", "amount") AS (SELECT "k"."customer", "k"."day", TOTAL("k"."amount")
FROM (SELECT "t"."customer" AS "customer", CAST(substr("t"."ts", 1, 4) || substr("t"."ts", 6, 2) || substr("t"."ts", 9, 2) AS INTEGER) AS "day", "t"."amount" AS "amount"
FROM (SELECT "t0_invoices"."customer_id" AS "customer", substr("t0_invoices"."invoice_date", ?, ?) AS "ts", "t0_invoices"."total" AS "amount"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?))) AS "t"
WHERE (("t"."customer" IS NOT NULL) AND ("t"."ts" IS NOT NULL))) AS "k"
GROUP BY "k"."customer", "k"."day"),
"clv#previous"("customer", "day", "amount", "previous") AS (SELECT "d"."customer", "d"."day", "d"."amount", LAG("d"."day") OVER (PARTITION BY "d"."customer" ORDER BY "d"."day")
FROM "clv#days" AS "d")
SELECT CAST("f"."customer" AS TEXT) AS "customer", MIN(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN "f"."day" END) AS "first_0", MAX(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN "f"."day" END) AS "last_0", COUNT(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN ? END) AS "days_0", TOTAL(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?) AND ("f"."previous" >= ?)) THEN "f"."amount" END) AS "repeat_0", COUNT(CASE WHEN (COUNT(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN ? END) > ?) THEN ? END) OVER () AS "customers_0", MIN(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN "f"."day" END) AS "first_1", MAX(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN "f"."day" END) AS "last_1", COUNT(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN ? END) AS "days_1", TOTAL(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?) AND ("f"."previous" >= ?)) THEN "f"."amount" END) AS "repeat_1", COUNT(CASE WHEN (COUNT(CASE WHEN (("f"."day" >= ?) AND ("f"."day" < ?)) THEN ? END) > ?) THEN ? END) OVER () AS "customers_1", MIN(CASE WHEN (("f"."day" < ?) OR ("f"."day" > ?) OR ((("f"."day" / ?) - ("f"."day" / ? / ? * ?)) < ?) OR ((("f"."day" / ?) - ("f"."day" / ? / ? * ?)) > ?) OR (("f"."day" - ("f"."day" / ? * ?)) < ?) OR ((("f"."day" - ("f"."day" / ? * ?)) > ?) AND (("f"."day" - ("f"."day" / ? * ?)) > CASE WHEN (((("f"."day" / ?) - ("f"."day" / ? / ? * ?)) = ?) AND ((((("f"."day" / ?) - ("f"."day" / ? / ? * ?)) = ?) AND ((("f"."day" / ?) - ("f"."day" / ? / ? * ?)) <> ?)) OR ((("f"."day" / ?) - ("f"."day" / ? / ? * ?)) = ?))) THEN ? WHEN ((("f"."day" / ?) - ("f"."day" / ? / ? * ?)) = ?) THEN ? WHEN ((("f"."day" / ?) - ("f"."day" / ? / ? * ?)) IN (?, ?, ?, ?)) THEN ? ELSE ? END))) THEN "f"."day" END) AS "no_day"
FROM "clv#previous" AS "f"
GROUP BY "f"."customer"
ORDER BY "f"."customer"
-- bindings:
-- 1: integer 1
-- 2: integer 10
-- 3: text '2024-10-01'
-- 4: text '2025-11-01'
-- 5: integer 20241101
-- 6: integer 20251101
-- 7: integer 20241101
-- 8: integer 20251101
-- 9: integer 20241101
-- 10: integer 20251101
-- 11: integer 1
-- 12: integer 20241101
-- 13: integer 20251101
-- 14: integer 20241101
-- 15: integer 20241101
-- 16: integer 20251101
-- 17: integer 1
-- 18: integer 0
-- 19: integer 1
-- 20: integer 20241001
-- 21: integer 20251001
-- 22: integer 20241001
-- 23: integer 20251001
-- 24: integer 20241001
-- 25: integer 20251001
-- 26: integer 1
-- 27: integer 20241001
-- 28: integer 20251001
-- 29: integer 20241001
-- 30: integer 20241001
-- 31: integer 20251001
-- 32: integer 1
-- 33: integer 0
-- 34: integer 1
-- 35: integer 10000101
-- 36: integer 99991231
-- 37: integer 100
-- 38: integer 100
-- 39: integer 100
-- 40: integer 100
-- 41: integer 1
-- 42: integer 100
-- 43: integer 100
-- 44: integer 100
-- 45: integer 100
-- 46: integer 12
-- 47: integer 100
-- 48: integer 100
-- 49: integer 1
-- 50: integer 100
-- 51: integer 100
-- 52: integer 28
-- 53: integer 100
-- 54: integer 100
-- 55: integer 100
-- 56: integer 100
-- 57: integer 100
-- 58: integer 100
-- 59: integer 2
-- 60: integer 10000
-- 61: integer 10000
-- 62: integer 4
-- 63: integer 4
-- 64: integer 0
-- 65: integer 10000
-- 66: integer 10000
-- 67: integer 100
-- 68: integer 100
-- 69: integer 0
-- 70: integer 10000
-- 71: integer 10000
-- 72: integer 400
-- 73: integer 400
-- 74: integer 0
-- 75: integer 29
-- 76: integer 100
-- 77: integer 100
-- 78: integer 100
-- 79: integer 100
-- 80: integer 2
-- 81: integer 28
-- 82: integer 100
-- 83: integer 100
-- 84: integer 100
-- 85: integer 100
-- 86: integer 4
-- 87: integer 6
-- 88: integer 9
-- 89: integer 11
-- 90: integer 30
-- 91: integer 31
