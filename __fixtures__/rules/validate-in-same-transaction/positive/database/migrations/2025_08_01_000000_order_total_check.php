<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

return new class extends Migration
{
    public function up(): void
    {
        DB::statement('ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0) NOT VALID');
        DB::statement('ALTER TABLE orders VALIDATE CONSTRAINT orders_total_check'); // mg:expect
    }

    public function down(): void
    {
    }
};
