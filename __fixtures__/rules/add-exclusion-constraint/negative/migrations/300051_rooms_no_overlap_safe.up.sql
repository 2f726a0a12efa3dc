-- Not this: ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&);
SELECT 'ALTER TABLE bookings ADD CONSTRAINT bookings_no_overlap EXCLUDE USING gist (room_id WITH =, during WITH &&)' AS note;
ALTER TABLE bookings ADD CONSTRAINT bookings_nights_check CHECK (nights > 0) NOT VALID;
CREATE TABLE slots (room_id bigint, during tstzrange, EXCLUDE USING gist (room_id WITH =, during WITH &&));
ALTER TABLE slots ADD CONSTRAINT slots_no_overlap EXCLUDE USING gist (during WITH &&);
