<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

return new class extends Migration
{
    // VACUUM FULL orders is what we avoid
    public function up(): void
    {
        DB::statement('VACUUM (ANALYZE) orders');
        $note = 'VACUUM FULL orders';
    }

    public function down(): void
    {
        DB::statement('VACUUM FULL orders');
    }
};
