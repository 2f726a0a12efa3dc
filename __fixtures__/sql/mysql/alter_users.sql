-- Reshape users for the new profile page.

ALTER TABLE `users` ADD COLUMN `age` INT UNSIGNED NOT NULL DEFAULT 0 AFTER `name`,
  MODIFY COLUMN `bio` VARCHAR(100) NOT NULL,
  CHANGE `old_name` `display_name` VARCHAR(255) NOT NULL,
  DROP INDEX `idx_email`,
  ADD INDEX `idx_name` (`last_name`, `first_name`(10)),
  DROP `legacy`,
  ALGORITHM=INPLACE, LOCK=NONE;

# The foreign key moves to the new accounts table.

ALTER TABLE orders
  DROP FOREIGN KEY fk_orders_user,
  ADD CONSTRAINT fk_orders_account FOREIGN KEY (account_id) REFERENCES accounts (id),
  DROP CHECK chk_total;
RENAME TABLE sessions TO user_sessions, tokens TO user_tokens;

TRUNCATE TABLE `cache`;
DELETE FROM audit WHERE created_at < NOW() - INTERVAL 90 DAY;
UPDATE users SET status = 'active' WHERE status IS NULL;

DROP TABLE IF EXISTS `old_users`;
DROP INDEX idx_total ON orders;
CREATE INDEX idx_created ON orders (created_at) ALGORITHM=INPLACE;

CREATE TABLE `payments` (
  `id` BIGINT NOT NULL AUTO_INCREMENT,
  `amount` DECIMAL(10,2) NOT NULL DEFAULT 0.00,
  `uuid` CHAR(36) NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `uq_uuid` (`uuid`),
  CONSTRAINT `fk_x` FOREIGN KEY (`id`) REFERENCES a (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
