-- detach events 2020
ALTER TABLE events DETACH PARTITION events_2020; -- mg:expect
