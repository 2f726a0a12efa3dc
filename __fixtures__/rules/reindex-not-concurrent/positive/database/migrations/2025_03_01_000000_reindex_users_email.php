<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

return new class extends Migration
{
    public function up(): void
    {
        DB::statement('REINDEX INDEX users_email_idx'); // mg:expect
    }

    public function down(): void
    {
    }
};
