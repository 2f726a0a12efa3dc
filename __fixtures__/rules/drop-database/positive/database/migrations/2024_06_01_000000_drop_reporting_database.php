<?php

use Illuminate\Database\Migrations\Migration;
use Illuminate\Support\Facades\DB;

return new class extends Migration
{
    public function up(): void
    {
        DB::statement('DROP DATABASE reporting_copy'); // mg:expect
    }

    public function down(): void
    {
        DB::statement('CREATE DATABASE reporting_copy');
    }
};
