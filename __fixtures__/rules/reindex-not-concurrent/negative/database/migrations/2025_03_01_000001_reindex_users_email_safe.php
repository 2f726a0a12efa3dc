<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

return new class extends Migration
{
    // REINDEX INDEX users_email_idx is what we avoid
    public function up(): void
    {
        DB::statement('REINDEX INDEX CONCURRENTLY users_email_idx');
        $note = 'REINDEX INDEX users_email_idx';
    }

    public function down(): void
    {
        DB::statement('REINDEX INDEX users_email_idx');
    }
};
