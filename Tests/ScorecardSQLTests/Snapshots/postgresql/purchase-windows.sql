WITH "clv#days"("customer", "day", "amount") AS (SELECT "k"."customer", "k"."day", COALESCE(SUM(CAST("k"."amount" AS DOUBLE PRECISION)), $1)
FROM (SELECT "t"."customer" AS "customer", CAST(SUBSTRING("t"."ts" FROM 1 FOR 4) || SUBSTRING("t"."ts" FROM 6 FOR 2) || SUBSTRING("t"."ts" FROM 9 FOR 2) AS BIGINT) AS "day", "t"."amount" AS "amount"
FROM (SELECT "t0_invoices"."customer_id" AS "customer", SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 10) AS "ts", "t0_invoices"."total" AS "amount"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" >= $2) AND ("t0_invoices"."invoice_date" < $3))) AS "t"
WHERE (("t"."customer" IS NOT NULL) AND ("t"."ts" IS NOT NULL))) AS "k"
GROUP BY "k"."customer", "k"."day"),
"clv#previous"("customer", "day", "amount", "previous") AS (SELECT "d"."customer", "d"."day", "d"."amount", LAG("d"."day") OVER (PARTITION BY "d"."customer" ORDER BY "d"."day")
FROM "clv#days" AS "d")
SELECT CAST("f"."customer" AS TEXT) AS "customer", MIN(CASE WHEN (("f"."day" >= $4) AND ("f"."day" < $5)) THEN "f"."day" END) AS "first_0", MAX(CASE WHEN (("f"."day" >= $6) AND ("f"."day" < $7)) THEN "f"."day" END) AS "last_0", COUNT(CASE WHEN (("f"."day" >= $8) AND ("f"."day" < $9)) THEN $10 END) AS "days_0", COALESCE(SUM(CAST(CASE WHEN (("f"."day" >= $11) AND ("f"."day" < $12) AND ("f"."previous" >= $13)) THEN "f"."amount" END AS DOUBLE PRECISION)), $14) AS "repeat_0", COUNT(CASE WHEN (COUNT(CASE WHEN (("f"."day" >= $15) AND ("f"."day" < $16)) THEN $17 END) > $18) THEN $19 END) OVER () AS "customers_0", MIN(CASE WHEN (("f"."day" >= $20) AND ("f"."day" < $21)) THEN "f"."day" END) AS "first_1", MAX(CASE WHEN (("f"."day" >= $22) AND ("f"."day" < $23)) THEN "f"."day" END) AS "last_1", COUNT(CASE WHEN (("f"."day" >= $24) AND ("f"."day" < $25)) THEN $26 END) AS "days_1", COALESCE(SUM(CAST(CASE WHEN (("f"."day" >= $27) AND ("f"."day" < $28) AND ("f"."previous" >= $29)) THEN "f"."amount" END AS DOUBLE PRECISION)), $30) AS "repeat_1", COUNT(CASE WHEN (COUNT(CASE WHEN (("f"."day" >= $31) AND ("f"."day" < $32)) THEN $33 END) > $34) THEN $35 END) OVER () AS "customers_1", MIN("f"."day") AS "earliest"
FROM "clv#previous" AS "f"
GROUP BY "f"."customer"
ORDER BY "f"."customer"
-- bindings:
-- 1: real 0.0
-- 2: text '2024-10-01'
-- 3: text '2025-11-01'
-- 4: integer 20241101
-- 5: integer 20251101
-- 6: integer 20241101
-- 7: integer 20251101
-- 8: integer 20241101
-- 9: integer 20251101
-- 10: integer 1
-- 11: integer 20241101
-- 12: integer 20251101
-- 13: integer 20241101
-- 14: real 0.0
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
-- 30: real 0.0
-- 31: integer 20241001
-- 32: integer 20251001
-- 33: integer 1
-- 34: integer 0
-- 35: integer 1
