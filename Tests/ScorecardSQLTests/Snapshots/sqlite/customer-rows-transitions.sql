WITH "windows"("id", "lo", "hi", "plo", "phi") AS (VALUES (?, ?, ?, ?, ?), (?, ?, ?, ?, ?)),
"prev"("wid", "customer", "k0", "base") AS (SELECT "w"."id" AS "wid", "t0_invoices"."customer_id" AS "customer", "t0_customers"."country" AS "k0", MAX(CASE WHEN ("t0_invoices"."total" > ?) THEN ? ELSE ? END) AS "base"
FROM "invoices" AS "t0_invoices"
LEFT JOIN "customers" AS "t0_customers" ON ("t0_customers"."id" = "t0_invoices"."customer_id")
JOIN "windows" AS "w" ON (("t0_invoices"."invoice_date" >= "w"."plo") AND ("t0_invoices"."invoice_date" < "w"."phi"))
WHERE (("t0_invoices"."customer_id" IS NOT NULL) AND (("t0_invoices"."invoice_date" >= ?) AND ("t0_invoices"."invoice_date" < ?)))
GROUP BY "w"."id", "t0_invoices"."customer_id", "t0_customers"."country"),
"cur"("wid", "customer") AS (SELECT "w"."id" AS "wid", "t1_invoices"."customer_id" AS "customer"
FROM "invoices" AS "t1_invoices"
JOIN "windows" AS "w" ON (("t1_invoices"."invoice_date" >= "w"."lo") AND ("t1_invoices"."invoice_date" < "w"."hi"))
WHERE (("t1_invoices"."customer_id" IS NOT NULL) AND (("t1_invoices"."invoice_date" >= ?) AND ("t1_invoices"."invoice_date" < ?)))
GROUP BY "w"."id", "t1_invoices"."customer_id"
HAVING (MAX(CASE WHEN ("t1_invoices"."total" > ?) THEN ? ELSE ? END) = ?))
SELECT "p"."wid", "p"."customer", "p"."k0", "p"."base", ("c"."customer" IS NOT NULL) AS "kept"
FROM "prev" AS "p"
LEFT JOIN "cur" AS "c" ON (("c"."wid" = "p"."wid") AND ("c"."customer" = "p"."customer"))
-- bindings:
-- 1: integer 0
-- 2: text '2025-10-01'
-- 3: text '2025-11-01'
-- 4: text '2025-09-01'
-- 5: text '2025-10-01'
-- 6: integer 1
-- 7: text '2025-07-01'
-- 8: text '2025-10-01'
-- 9: text '2025-04-01'
-- 10: text '2025-07-01'
-- 11: integer 1
-- 12: integer 1
-- 13: integer 0
-- 14: text '2025-04-01'
-- 15: text '2025-10-01'
-- 16: text '2025-07-01'
-- 17: text '2025-11-01'
-- 18: integer 1
-- 19: integer 1
-- 20: integer 0
-- 21: integer 1
