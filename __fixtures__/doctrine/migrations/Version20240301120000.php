<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20240301120000 extends AbstractMigration
{
    public function getDescription(): string
    {
        return 'Drop the legacy columns (the words DROP TABLE here are only a string)';
    }

    public function up(Schema $schema): void
    {
        // $this->addSql('DROP TABLE customers'); is commented out
        $this->addSql('ALTER TABLE orders DROP legacy_code');
        $this->addSql('DROP TABLE audit_log');
        $this->addSql('UPDATE users SET locale = ? WHERE locale IS NULL', ['en']);
        $this->addSql(<<<'SQL'
            DELETE FROM sessions
            SQL);
    }

    public function down(Schema $schema): void
    {
        $this->addSql('DROP TABLE orders');
        $this->addSql('ALTER TABLE orders ADD legacy_code VARCHAR(20) DEFAULT NULL');
    }
}
