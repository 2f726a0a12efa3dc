-- DROP TABLE reports would be destructive; this is a comment.
ALTER TABLE reports DROP COLUMN draft;
