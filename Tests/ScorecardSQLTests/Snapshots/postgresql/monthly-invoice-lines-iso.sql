SELECT SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7) AS "month", COUNT(*) AS "rows", SUM(CASE WHEN ("t0_genres"."name" = $1) THEN $2 ELSE $3 END) AS "c2", SUM(CASE WHEN ("t0_genres"."name" = $4) THEN $5 ELSE $6 END) AS "c3", COUNT(CASE WHEN ("t0_genres"."name" = $7) THEN $8 ELSE $9 END) AS "c4", SUM(CAST(ROUND(CAST(("t0_invoice_lines"."unit_price" * "t0_invoice_lines"."quantity" * $10) AS NUMERIC)) AS BIGINT)) AS "c5", COUNT("t0_invoice_lines"."unit_price") AS "n0", SUM(CASE WHEN (("t0_invoices"."invoice_date" IS NULL) OR NOT (translate(SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7), $11, $12) = $13 AND SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 6 FOR 2) BETWEEN $14 AND $15)) THEN $16 ELSE $17 END) AS "bad0", SUM(CASE WHEN (("t0_invoice_lines"."unit_price" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoice_lines"."unit_price") AS TEXT) IN ($18, $19, $20) THEN FALSE WHEN CAST(pg_typeof("t0_invoice_lines"."unit_price") AS TEXT) IN ($21, $22, $23) THEN CAST("t0_invoice_lines"."unit_price" AS TEXT) IN ($24, $25, $26) ELSE (("t0_invoice_lines"."unit_price" IS NOT NULL) AND CAST("t0_invoice_lines"."unit_price" AS TEXT) NOT SIMILAR TO $27) END) THEN $28 ELSE $29 END) AS "bad1", SUM(CASE WHEN (("t0_invoice_lines"."unit_price" IS NOT NULL) AND (ABS("t0_invoice_lines"."unit_price") >= $30)) THEN $31 ELSE $32 END) AS "bad2", SUM(CASE WHEN (("t0_invoice_lines"."quantity" IS NOT NULL) AND CASE WHEN CAST(pg_typeof("t0_invoice_lines"."quantity") AS TEXT) IN ($33, $34, $35) THEN FALSE WHEN CAST(pg_typeof("t0_invoice_lines"."quantity") AS TEXT) IN ($36, $37, $38) THEN CAST("t0_invoice_lines"."quantity" AS TEXT) IN ($39, $40, $41) ELSE (("t0_invoice_lines"."quantity" IS NOT NULL) AND CAST("t0_invoice_lines"."quantity" AS TEXT) NOT SIMILAR TO $42) END) THEN $43 ELSE $44 END) AS "bad3", SUM(CASE WHEN (("t0_invoice_lines"."quantity" IS NOT NULL) AND (ABS("t0_invoice_lines"."quantity") >= $45)) THEN $46 ELSE $47 END) AS "bad4"
FROM "invoice_lines" AS "t0_invoice_lines"
LEFT JOIN "invoices" AS "t0_invoices" ON ("t0_invoices"."id" = "t0_invoice_lines"."invoice_id")
LEFT JOIN "tracks" AS "t0_tracks" ON ("t0_tracks"."id" = "t0_invoice_lines"."track_id")
LEFT JOIN "genres" AS "t0_genres" ON ("t0_genres"."id" = "t0_tracks"."genre_id")
WHERE (("t0_invoices"."invoice_date" < $48) OR (("t0_invoices"."invoice_date" IS NULL) OR NOT (translate(SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7), $49, $50) = $51 AND SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 6 FOR 2) BETWEEN $52 AND $53)))
GROUP BY SUBSTRING(CAST("t0_invoices"."invoice_date" AS TEXT) FROM 1 FOR 7)
-- bindings:
-- 1: text 'Jazz'
-- 2: integer 1
-- 3: integer 0
-- 4: text 'Jazz'
-- 5: integer 1
-- 6: integer 0
-- 7: text 'Jazz'
-- 8: integer 1
-- 9: integer 0
-- 10: integer 100
-- 11: text '0123456789'
-- 12: text '0000000000'
-- 13: text '0000-00'
-- 14: text '01'
-- 15: text '12'
-- 16: integer 1
-- 17: integer 0
-- 18: text 'smallint'
-- 19: text 'integer'
-- 20: text 'bigint'
-- 21: text 'numeric'
-- 22: text 'real'
-- 23: text 'double precision'
-- 24: text 'NaN'
-- 25: text 'Infinity'
-- 26: text '-Infinity'
-- 27: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 28: integer 1
-- 29: integer 0
-- 30: real 10000000000000.0
-- 31: integer 1
-- 32: integer 0
-- 33: text 'smallint'
-- 34: text 'integer'
-- 35: text 'bigint'
-- 36: text 'numeric'
-- 37: text 'real'
-- 38: text 'double precision'
-- 39: text 'NaN'
-- 40: text 'Infinity'
-- 41: text '-Infinity'
-- 42: text ' *[-+]?([0-9]+(.[0-9]*)?|.[0-9]+)([eE][-+]?[0-9]+)? *'
-- 43: integer 1
-- 44: integer 0
-- 45: real 10000000000000.0
-- 46: integer 1
-- 47: integer 0
-- 48: text '2025-11-01'
-- 49: text '0123456789'
-- 50: text '0000000000'
-- 51: text '0000-00'
-- 52: text '01'
-- 53: text '12'
