TRUNCATE sessions; -- mg:expect
