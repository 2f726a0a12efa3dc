DO $$ BEGIN EXECUTE format('ALTER TABLE %I ADD COLUMN region text', 'orders'); END $$; -- mg:expect
