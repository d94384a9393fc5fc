WITH "clv#days"("customer", "day", "amount") AS (SELECT "k"."customer", "k"."day", COALESCE(SUM(CAST("k"."amount" AS DOUBLE PRECISION)), $1)
FROM (SELECT "t"."customer" AS "customer", CAST(SUBSTRING("t"."ts" FROM 1 FOR 4) || SUBSTRING("t"."ts" FROM 6 FOR 2) || SUBSTRING("t"."ts" FROM 9 FOR 2) AS BIGINT) AS "day", "t"."amount" AS "amount"
FROM (SELECT "t0_invoices"."customer_id" AS "customer", SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 10) AS "ts", "t0_invoices"."total" AS "amount"
FROM "invoices" AS "t0_invoices"
WHERE (("t0_invoices"."invoice_date" >= $2) AND ("t0_invoices"."invoice_date" < $3))) AS "t"
WHERE (("t"."customer" IS NOT NULL) AND ("t"."ts" IS NOT NULL))) AS "k"
GROUP BY "k"."customer", "k"."day"),
"clv#previous"("customer", "day", "amount", "previous") AS (SELECT "d"."customer", "d"."day", "d"."amount", LAG("d"."day") OVER (PARTITION BY "d"."customer" ORDER BY "d"."day")
FROM "clv#days" AS "d")
SELECT CAST("f"."customer" AS TEXT) AS "customer", MIN(CASE WHEN (("f"."day" >= $4) AND ("f"."day" < $5)) THEN "f"."day" END) AS "first_0", MAX(CASE WHEN (("f"."day" >= $6) AND ("f"."day" < $7)) THEN "f"."day" END) AS "last_0", COUNT(CASE WHEN (("f"."day" >= $8) AND ("f"."day" < $9)) THEN $10 END) AS "days_0", COALESCE(SUM(CAST(CASE WHEN (("f"."day" >= $11) AND ("f"."day" < $12) AND ("f"."previous" >= $13)) THEN "f"."amount" END AS DOUBLE PRECISION)), $14) AS "repeat_0", COUNT(CASE WHEN (COUNT(CASE WHEN (("f"."day" >= $15) AND ("f"."day" < $16)) THEN $17 END) > $18) THEN $19 END) OVER () AS "customers_0", MIN(CASE WHEN (("f"."day" >= $20) AND ("f"."day" < $21)) THEN "f"."day" END) AS "first_1", MAX(CASE WHEN (("f"."day" >= $22) AND ("f"."day" < $23)) THEN "f"."day" END) AS "last_1", COUNT(CASE WHEN (("f"."day" >= $24) AND ("f"."day" < $25)) THEN $26 END) AS "days_1", COALESCE(SUM(CAST(CASE WHEN (("f"."day" >= $27) AND ("f"."day" < $28) AND ("f"."previous" >= $29)) THEN "f"."amount" END AS DOUBLE PRECISION)), $30) AS "repeat_1", COUNT(CASE WHEN (COUNT(CASE WHEN (("f"."day" >= $31) AND ("f"."day" < $32)) THEN $33 END) > $34) THEN $35 END) OVER () AS "customers_1", MIN(CASE WHEN (("f"."day" < $36) OR ("f"."day" > $37) OR ((("f"."day" / $38) - ("f"."day" / $39 / $40 * $41)) < $42) OR ((("f"."day" / $43) - ("f"."day" / $44 / $45 * $46)) > $47) OR (("f"."day" - ("f"."day" / $48 * $49)) < $50) OR ((("f"."day" - ("f"."day" / $51 * $52)) > $53) AND (("f"."day" - ("f"."day" / $54 * $55)) > CASE WHEN (((("f"."day" / $56) - ("f"."day" / $57 / $58 * $59)) = $60) AND ((((("f"."day" / $61) - ("f"."day" / $62 / $63 * $64)) = $65) AND ((("f"."day" / $66) - ("f"."day" / $67 / $68 * $69)) <> $70)) OR ((("f"."day" / $71) - ("f"."day" / $72 / $73 * $74)) = $75))) THEN $76 WHEN ((("f"."day" / $77) - ("f"."day" / $78 / $79 * $80)) = $81) THEN $82 WHEN ((("f"."day" / $83) - ("f"."day" / $84 / $85 * $86)) IN ($87, $88, $89, $90)) THEN $91 ELSE $92 END))) THEN "f"."day" END) AS "no_day"
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
-- 36: integer 10000101
-- 37: integer 99991231
-- 38: integer 100
-- 39: integer 100
-- 40: integer 100
-- 41: integer 100
-- 42: integer 1
-- 43: integer 100
-- 44: integer 100
-- 45: integer 100
-- 46: integer 100
-- 47: integer 12
-- 48: integer 100
-- 49: integer 100
-- 50: integer 1
-- 51: integer 100
-- 52: integer 100
-- 53: integer 28
-- 54: integer 100
-- 55: integer 100
-- 56: integer 100
-- 57: integer 100
-- 58: integer 100
-- 59: integer 100
-- 60: integer 2
-- 61: integer 10000
-- 62: integer 10000
-- 63: integer 4
-- 64: integer 4
-- 65: integer 0
-- 66: integer 10000
-- 67: integer 10000
-- 68: integer 100
-- 69: integer 100
-- 70: integer 0
-- 71: integer 10000
-- 72: integer 10000
-- 73: integer 400
-- 74: integer 400
-- 75: integer 0
-- 76: integer 29
-- 77: integer 100
-- 78: integer 100
-- 79: integer 100
-- 80: integer 100
-- 81: integer 2
-- 82: integer 28
-- 83: integer 100
-- 84: integer 100
-- 85: integer 100
-- 86: integer 100
-- 87: integer 4
-- 88: integer 6
-- 89: integer 9
-- 90: integer 11
-- 91: integer 30
-- 92: integer 31
