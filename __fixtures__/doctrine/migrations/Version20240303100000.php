<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20240303100000 extends AbstractMigration
{
    public function up(Schema $schema): void
    {
        $tables = $this->connection->fetchFirstColumn('SELECT name FROM archived_tables');
        foreach ($tables as $name) {
            $this->addSql('DROP TABLE ' . $name);
        }
    }
}
