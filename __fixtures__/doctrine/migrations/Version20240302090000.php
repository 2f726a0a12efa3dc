<?php

declare(strict_types=1);

namespace DoctrineMigrations;

use Doctrine\DBAL\Schema\Schema;
use Doctrine\Migrations\AbstractMigration;

final class Version20240302090000 extends AbstractMigration
{
    public function up(Schema $schema): void
    {
        $schema->dropTable('coupons');
        $table = $schema->getTable('products');
        $table->dropColumn('legacy_sku');
        $table->addColumn('description', 'text', ['notnull' => false]);
        $schema->getTable('carts')->dropColumn('token');
        $this->purge('wishlists');
    }

    private function purge(string $table): void
    {
        $this->connection->executeStatement('TRUNCATE ' . 'wishlists');
    }

    public function down(Schema $schema): void
    {
        $this->throwIrreversibleMigrationException();
    }
}
