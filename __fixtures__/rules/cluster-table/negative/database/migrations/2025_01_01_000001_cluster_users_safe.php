<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

return new class extends Migration
{
    // CLUSTER users USING users_pkey is what we avoid
    public function up(): void
    {
        DB::statement('ANALYZE users');
        $note = 'CLUSTER users USING users_pkey';
    }

    public function down(): void
    {
        DB::statement('CLUSTER users USING users_pkey');
    }
};
