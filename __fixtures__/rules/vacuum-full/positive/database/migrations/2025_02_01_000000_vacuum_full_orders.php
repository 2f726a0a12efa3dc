<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

return new class extends Migration
{
    public function up(): void
    {
        DB::statement('VACUUM FULL orders'); // mg:expect
    }

    public function down(): void
    {
    }
};
