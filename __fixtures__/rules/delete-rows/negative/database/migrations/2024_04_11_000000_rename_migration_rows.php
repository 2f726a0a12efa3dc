<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

return new class extends Migration
{
    public function up(): void
    {
        // Laravel's own `migrations` table: the renamed files' rows.
        DB::table('migrations')->where('migration', 'like', '2019_%')->delete();
    }

    public function down(): void
    {
    }
};
