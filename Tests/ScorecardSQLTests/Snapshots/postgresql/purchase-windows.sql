WITH "clv#days"("customer", "day", "amount") AS (SELECT "k"."customer", "k"."day", COALESCE(SUM(CAST("k"."amount" AS DOUBLE PRECISION)), $1)
FROM (SELECT "t"."customer" AS "customer", CAST(SUBSTRING("t"."ts" FROM 1 FOR 4) || SUBSTRING("t"."ts" FROM 6 FOR 2) || SUBSTRING("t"."ts" FROM 9 FOR 2) AS BIGINT) AS "day", "t"."amount" AS "amount"
FROM (SELECT "t0_invoices"."customer_id" AS "customer", SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 10) AS "ts", "t0_invoices"."total" AS "amount"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" >= $2) AND ("t0_invoices"."invoice_date" < $3))) AS "t"
WHERE (("t"."customer" IS NOT NULL) AND ("t"."ts" IS NOT NULL))) AS "k"
GROUP BY "k"."customer", "k"."day"),
"clv#firsts"("customer", "day", "amount", "first_0", "first_1") AS (SELECT "d"."customer", "d"."day", "d"."amount", MIN(CASE WHEN (("d"."day" >= $4) AND ("d"."day" < $5)) THEN "d"."day" END) OVER (PARTITION BY "d"."customer"), MIN(CASE WHEN (("d"."day" >= $6) AND ("d"."day" < $7)) THEN "d"."day" END) OVER (PARTITION BY "d"."customer")
FROM "clv#days" AS "d")
SELECT CAST("f"."customer" AS TEXT) AS "customer", MIN("f"."first_0") AS "first_0", MAX(CASE WHEN (("f"."day" >= $8) AND ("f"."day" < $9)) THEN "f"."day" END) AS "last_0", COUNT(CASE WHEN (("f"."day" >= $10) AND ("f"."day" < $11)) THEN $12 END) AS "days_0", COALESCE(SUM(CAST(CASE WHEN (("f"."day" >= $13) AND ("f"."day" < $14) AND ("f"."day" <> "f"."first_0")) THEN "f"."amount" END AS DOUBLE PRECISION)), $15) AS "repeat_0", COUNT(CASE WHEN (COUNT(CASE WHEN (("f"."day" >= $16) AND ("f"."day" < $17)) THEN $18 END) > $19) THEN $20 END) OVER () AS "customers_0", MIN("f"."first_1") AS "first_1", MAX(CASE WHEN (("f"."day" >= $21) AND ("f"."day" < $22)) THEN "f"."day" END) AS "last_1", COUNT(CASE WHEN (("f"."day" >= $23) AND ("f"."day" < $24)) THEN $25 END) AS "days_1", COALESCE(SUM(CAST(CASE WHEN (("f"."day" >= $26) AND ("f"."day" < $27) AND ("f"."day" <> "f"."first_1")) THEN "f"."amount" END AS DOUBLE PRECISION)), $28) AS "repeat_1", COUNT(CASE WHEN (COUNT(CASE WHEN (("f"."day" >= $29) AND ("f"."day" < $30)) THEN $31 END) > $32) THEN $33 END) OVER () AS "customers_1", MIN("f"."day") AS "earliest"
FROM "clv#firsts" AS "f"
GROUP BY "f"."customer"
ORDER BY "f"."customer"
-- bindings:
-- 1: real 0.0
-- 2: text '2024-10-01'
-- 3: text '2025-11-01'
-- 4: integer 20241101
-- 5: integer 20251101
-- 6: integer 20241001
-- 7: integer 20251001
-- 8: integer 20241101
-- 9: integer 20251101
-- 10: integer 20241101
-- 11: integer 20251101
-- 12: integer 1
-- 13: integer 20241101
-- 14: integer 20251101
-- 15: real 0.0
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
-- 28: real 0.0
-- 29: integer 20241001
-- 30: integer 20251001
-- 31: integer 1
-- 32: integer 0
-- 33: integer 1
