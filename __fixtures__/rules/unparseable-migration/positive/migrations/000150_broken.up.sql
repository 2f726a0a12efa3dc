-- The string literal never ends, so nothing after it can be read.
UPDATE users SET note = 'unfinished WHERE id = 1; -- mg:expect
