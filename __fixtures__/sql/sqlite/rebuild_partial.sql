CREATE TABLE "new_Post" ("id" INTEGER NOT NULL PRIMARY KEY, "title" TEXT NOT NULL, "body" TEXT);
INSERT INTO "new_Post" ("id", "title") SELECT "id", "title" FROM "Post";
DROP TABLE "Post";
ALTER TABLE "new_Post" RENAME TO "Post";
-- Only the published comments survive.
CREATE TABLE "new_Comment" ("id" INTEGER NOT NULL PRIMARY KEY, "text" TEXT);
INSERT INTO "new_Comment" SELECT * FROM "Comment" WHERE published = 1;
DROP TABLE "Comment";
ALTER TABLE "new_Comment" RENAME TO "Comment";
CREATE TABLE "new_Draft" ("id" INTEGER NOT NULL PRIMARY KEY);
DROP TABLE "Draft";
ALTER TABLE "new_Draft" RENAME TO "Draft";
