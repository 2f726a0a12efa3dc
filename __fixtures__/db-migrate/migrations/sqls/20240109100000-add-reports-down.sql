ALTER TABLE reports ADD COLUMN draft boolean;
DROP TABLE reports;
